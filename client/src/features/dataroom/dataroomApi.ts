import type { AccessLogAnswer, DocumentsAnswer, DocumentUploaded, ErrorBody, NdaAccepted } from '@pavilion/shared';
import { ApiError, type RequestOptions } from '../../net/gateway';
import { request } from '../../net/rest';

const id = (s: string) => encodeURIComponent(s);

/** The data room routes. */
export const dataroomApi = {
  list: (exhibitId: string, opts?: RequestOptions) =>
    request<DocumentsAnswer>('GET', `/exhibits/${id(exhibitId)}/documents`, undefined, opts),
  acceptNda: (exhibitId: string, version: string) =>
    request<NdaAccepted>('POST', `/exhibits/${id(exhibitId)}/nda`, { accept: true, version }),
  accessLog: (exhibitId: string, opts?: RequestOptions) =>
    request<AccessLogAnswer>('GET', `/exhibits/${id(exhibitId)}/access-log`, undefined, opts),
};

/** Where a document opens (in a tab) or downloads; the session cookie authorizes it. */
export function documentHref(documentId: string, download: boolean): string {
  return `/api/documents/${id(documentId)}/file${download ? '?download=1' : ''}`;
}

/** The data room's reads in the query cache. */
export const dataroomKeys = {
  documents: (exhibitId: string) => ['dataroom', exhibitId, 'documents'] as const,
  accessLog: (exhibitId: string) => ['dataroom', exhibitId, 'access-log'] as const,
};

/**
 * Uploads a document with XMLHttpRequest, whose upload events report real progress as the body leaves the
 * browser (fetch has no upload progress without request streams). `onProgress` gets 0…1.
 */
export function uploadDocument(
  exhibitId: string,
  form: { file: File; title: string; nda: boolean },
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<DocumentUploaded> {
  const body = new FormData();
  // The text fields first: the server reads the form as it streams.
  body.append('title', form.title);
  body.append('nda', form.nda ? 'true' : 'false');
  body.append('file', form.file, form.file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/exhibits/${id(exhibitId)}/documents`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(xhr.responseText);
      } catch {
        parsed = undefined;
      }
      if (xhr.status === 201 && parsed) {
        onProgress(1);
        resolve(parsed as DocumentUploaded);
        return;
      }
      const error = (parsed as { error?: ErrorBody } | undefined)?.error;
      reject(
        error
          ? new ApiError(error.code, error.message, xhr.status, error.details, error.reason)
          : new ApiError(xhr.status === 413 ? 'INVALID_INPUT' : 'UNAVAILABLE', `HTTP ${xhr.status}`, xhr.status),
      );
    };
    xhr.onerror = () => reject(new ApiError('NETWORK', 'network error'));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(body);
  });
}
