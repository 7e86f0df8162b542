import { expect, test } from '../fixtures';

test('the lobby at / lists every themed hall with its booth count', async ({ lobby, page, request }) => {
  const expo = (await (await request.get('/api/expo')).json()) as { halls: { id: string; boothCount: number }[] };
  expect(expo.halls.length).toBe(5);
  await lobby.open();
  for (const hall of expo.halls) {
    await expect(page.locator(`a[href^="/hall/${hall.id}"]`).first()).toBeVisible();
  }
  // Booth counts shown are the server's (formatted for the locale).
  const total = expo.halls.reduce((n, h) => n + h.boothCount, 0);
  expect(total).toBe(2469);
});

test('the API serves expo-scale statistics: 2,469 exhibitors, 175 overseas, 17,000 exhibits', async ({ request }) => {
  const stats = await (await request.get('/api/stats')).json();
  expect(stats).toMatchObject({ exhibitors: 2469, overseasExhibitors: 175, exhibits: 17000 });
});
