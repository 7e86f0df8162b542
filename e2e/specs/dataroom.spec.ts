import { readFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import { pageText } from '../../server/src/testing/pdfText';
import { expect, projectContext, registerAccount, signedInPage, test } from '../fixtures';
import { boothWithExhibits } from '../pages/SessionPage';

/**
 * A small valid PDF (one page saying "Claims") padded with an unused 4 MB stream object, so the upload takes
 * long enough, throttled, for its progress bar to move.
 */
function samplePdf(): Buffer {
  const pad = ' '.repeat(4 * 1024 * 1024);
  const content = 'BT /F1 24 Tf 72 720 Td (Claims 1-12) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${pad.length} >>\nstream\n${pad}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

test('staff upload a PDF with a moving progress bar; a buyer accepts the NDA and downloads a copy stamped for them', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const exhibitor = await registerAccount(request, 'exhibitor', 'Dora Seller');
  const buyer = await registerAccount(request, 'visitor', 'Bruno Buyer');
  const { boothId, exhibits } = await boothWithExhibits(request, exhibitor.token, `Data Room Labs ${Date.now() % 100_000}`, [
    'Perovskite tandem cell',
  ]);
  const exhibitId = exhibits[0]?.id as string;
  const pdf = samplePdf();

  // The seller's staff upload it as an NDA document, on a throttled uplink so the bar has time to move.
  const staffPage = await signedInPage(browser, exhibitor, projectContext());
  const staffContext = staffPage.context();
  const cdp = await staffContext.newCDPSession(staffPage);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 1024 * 1024 });
  await staffPage.goto(`/booth/${boothId}`);
  const staffRoom = staffPage.getByTestId(`data-room-${exhibitId}`);
  await staffRoom.locator('summary').click();
  await staffRoom.getByLabel('File').setInputFiles({ name: 'claims.pdf', mimeType: 'application/pdf', buffer: pdf });
  await staffRoom.getByLabel('Title').fill('Claims and drawings');
  await expect(staffRoom.getByLabel('NDA only (buyers must accept the NDA first)')).toBeChecked();
  // Every value the bar shows, recorded in the page as it changes.
  await staffPage.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { progressSeen: number[] }).progressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('[data-testid="upload-progress"]') as HTMLProgressElement | null;
      if (bar) seen.push(bar.value);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['value'] });
  });
  await staffRoom.getByRole('button', { name: 'Upload' }).click();
  await expect(staffRoom.getByTestId('upload-progress')).toBeVisible();
  await expect(staffRoom.getByRole('status')).toContainText('“Claims and drawings” was added.');
  const seen = await staffPage.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
  expect(seen.some((v) => v > 0 && v < 1)).toBe(true);
  const listed = staffRoom.locator('li', { hasText: 'Claims and drawings' });
  await expect(listed).toContainText('PDF');
  await expect(listed).toContainText('NDA');
  await expect(staffRoom.getByTestId('chain-status')).toHaveText('chain verified');

  // The buyer sees the document locked, reads the NDA in full and accepts it.
  const buyerPage = await signedInPage(browser, buyer, projectContext());
  const buyerContext = buyerPage.context();
  await buyerPage.goto(`/booth/${boothId}`);
  const room = buyerPage.getByTestId(`data-room-${exhibitId}`);
  await room.locator('summary').click();
  await expect(room.locator('li', { hasText: 'Claims and drawings' })).toContainText('Accept the NDA below to open');
  const nda = room.getByTestId('nda');
  await expect(nda).toContainText('Non-disclosure agreement for the data room of this exhibit');
  await expect(nda).toContainText('8. Term.');
  await nda.getByRole('button', { name: 'I accept this NDA' }).click();
  await expect(room).toContainText("You accepted this exhibit's NDA.");

  // The download is a PDF, and not the original: it carries the buyer's stamp.
  const downloadLink = room.locator('li', { hasText: 'Claims and drawings' }).getByRole('link', { name: 'Download' });
  const [download] = await Promise.all([buyerPage.waitForEvent('download'), downloadLink.click()]);
  const bytes = await readFile((await download.path()) as string);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.equals(pdf)).toBe(false);
  expect(download.suggestedFilename()).toBe('Claims and drawings.pdf');
  // Every page is stamped with the buyer's name (as a viewer's copy-and-paste reads it).
  const copy = await PDFDocument.load(bytes);
  expect(copy.getPageCount()).toBeGreaterThan(0);
  for (const page of copy.getPages()) expect(pageText(page)).toContain('Bruno Buyer');

  // The seller's access log shows the acceptance and the download, and the chain verifies.
  await staffPage.reload();
  await staffRoom.locator('summary').click();
  const log = staffRoom.locator('table');
  await expect(log).toContainText('Bruno Buyer');
  await expect(log).toContainText('accepted the NDA');
  await expect(log).toContainText('downloaded');
  await expect(staffRoom.getByTestId('chain-status')).toHaveText('chain verified');

  if (process.env.SCREENSHOT_DIR) {
    await room.locator('..').screenshot({ path: `${process.env.SCREENSHOT_DIR}/dataroom-buyer.png` });
    await staffRoom.locator('..').screenshot({ path: `${process.env.SCREENSHOT_DIR}/dataroom-seller.png` });
  }
  await staffContext.close();
  await buyerContext.close();
});
