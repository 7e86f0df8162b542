import { type AccessLogAnswer, type DocumentsAnswer, type DocumentUploaded, NdaAcceptBody, type NdaAccepted } from '@pavilion/shared';
import type { Router } from 'express';
import { requireUser } from '../../http/requestAuth.js';
import { parseId, userIdBody } from '../../http/validate.js';
import type { DataRoomService } from './dataRoomService.js';

/** The data room: documents on exhibits, the NDA, the access log (docs/protocol.md, "Data room"). */
export function registerDataRoomRoutes(router: Router, dataRoom: DataRoomService): void {
  router.post('/exhibits/:id/documents', async (req, res) => {
    const user = requireUser(req);
    const document = await dataRoom.upload(user, parseId(req.params.id), req);
    res.status(201).json({ document } satisfies DocumentUploaded);
  });

  router.get('/exhibits/:id/documents', async (req, res) => {
    res.json((await dataRoom.list(requireUser(req), parseId(req.params.id))) satisfies DocumentsAnswer);
  });

  router.post('/exhibits/:id/nda', async (req, res) => {
    const { user, id, body } = userIdBody(req, NdaAcceptBody);
    res.json((await dataRoom.acceptNda(user, id, body)) satisfies NdaAccepted);
  });

  router.get('/exhibits/:id/access-log', async (req, res) => {
    res.json((await dataRoom.accessLog(requireUser(req), parseId(req.params.id))) satisfies AccessLogAnswer);
  });

  router.get('/documents/:id/file', async (req, res) => {
    const user = requireUser(req);
    const mode = req.query.download === '1' ? 'download' : 'view';
    const file = await dataRoom.open(user, parseId(req.params.id), mode);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', `${mode === 'download' ? 'attachment' : 'inline'}; ${dispositionName(file.fileName)}`);
    // Access is per person and logged per read: no shared or stored copies.
    res.setHeader('Cache-Control', 'private, no-store');
    // A stored file is shown as what its bytes are, never as a page of this origin. (Chromium refuses to run
    // its PDF viewer in a sandboxed document, so only non-PDF answers get the sandbox.)
    const sandbox = file.contentType.startsWith('application/pdf') ? '' : '; sandbox';
    res.setHeader('Content-Security-Policy', `default-src 'none'; img-src 'self'; style-src 'unsafe-inline'${sandbox}`);
    res.setHeader('X-Document-SHA256', file.document.sha256);
    if (file.body instanceof Uint8Array) {
      res.setHeader('Content-Length', String(file.body.byteLength));
      res.end(file.body);
      return;
    }
    res.setHeader('Content-Length', String(file.document.size));
    file.body.on('error', (err) => res.destroy(err));
    file.body.pipe(res);
  });
}

/** `filename` (ASCII fallback) and `filename*` (UTF-8) for Content-Disposition. */
function dispositionName(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
