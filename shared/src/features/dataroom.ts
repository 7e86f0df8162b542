import { z } from 'zod';
import { boundedText } from '../text.js';

/** The largest document an exhibit may hold, in bytes (20 MiB). */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
/** Documents one exhibit holds at most. */
export const MAX_DOCUMENTS_PER_EXHIBIT = 50;
/** The longest document title. */
export const MAX_DOCUMENT_TITLE = 120;
/** Access-log entries one read returns at most (the newest ones; `valid` is always over the whole chain). */
export const MAX_ACCESS_LOG_ENTRIES = 500;
/** What a document may be, recognised from its bytes (never from its name). */
export const DOCUMENT_KINDS = ['pdf', 'png', 'jpeg', 'text'] as const;

/** A document attached to an exhibit (metadata; the bytes are at `GET /api/documents/:id/file`). */
export interface ExhibitDocument {
  id: string;
  exhibitId: string;
  title: string;
  size: number;
  /** SHA-256 of the original bytes, hex. */
  sha256: string;
  contentType: string;
  /** NDA-only: readable by booth staff and by those who accepted the exhibit's NDA. */
  nda: boolean;
}

/** Answer of `POST /api/exhibits/:id/documents`. */
export interface DocumentUploaded {
  document: ExhibitDocument;
}

/** Answer of `GET /api/exhibits/:id/documents`: newest first; `ndaAccepted` = the caller accepted the current NDA. */
export interface DocumentsAnswer {
  items: ExhibitDocument[];
  ndaAccepted: boolean;
}

/** The text fields of the upload form (`multipart/form-data`, beside `file`); the title is cleaned like all free text. */
export const DocumentFields = z.strictObject({
  title: boundedText(MAX_DOCUMENT_TITLE),
  nda: z.enum(['true', 'false']).transform((v) => v === 'true'),
});

/** Body of `POST /api/exhibits/:id/nda`. */
export const NdaAcceptBody = z.strictObject({
  accept: z.literal(true),
  version: z.string().min(1).max(40),
});
export type NdaAcceptBody = z.infer<typeof NdaAcceptBody>;

/** Answer of `POST /api/exhibits/:id/nda`. */
export interface NdaAccepted {
  nda: { version: string; acceptedAt: number };
}

/** What an access-log entry records. */
export type AccessLogType = 'accept' | 'view' | 'download';

/** One link of an exhibit's access log (`hash` = SHA-256 of `prevHash` + the canonical entry; docs/protocol.md). */
export interface AccessLogEntry {
  seq: number;
  type: AccessLogType;
  /** The user's id. */
  by: string;
  at: number;
  documentId?: string;
  hash: string;
  prevHash: string;
  /** The user's display name now (not part of the chain). */
  byName?: string;
}

/** Answer of `GET /api/exhibits/:id/access-log`: the newest entries, oldest first; `valid` = the whole chain verified. */
export interface AccessLogAnswer {
  entries: AccessLogEntry[];
  valid: boolean;
}

/**
 * The non-disclosure agreement a buyer accepts before an exhibit's NDA-only documents open. The text is
 * shown in full; changing any of it means a new `version`, which everyone must accept again.
 */
export const NDA = {
  version: '2026-12-1',
  text: {
    en: [
      'Non-disclosure agreement for the data room of this exhibit',
      '1. Parties. This agreement is between the exhibitor offering this exhibit (the "Discloser") and you, the signed-in Pavilion user accepting it (the "Recipient").',
      '2. Confidential information. Every document marked NDA in this data room, and everything learned from it, is confidential information of the Discloser.',
      '3. Purpose. The Recipient uses the confidential information only to evaluate acquiring or licensing this exhibit, and for no other purpose.',
      '4. Non-disclosure. The Recipient does not disclose the confidential information to anyone except its employees and professional advisers who need it for that purpose and are bound by duties of confidence at least as strict as these.',
      "5. Exceptions. Information that is or becomes public without the Recipient's fault, that the Recipient already lawfully had, or that the law or a court requires to be disclosed, is not confidential under this agreement.",
      "6. Records. Every acceptance, view and download is recorded in a tamper-evident access log that the Discloser can read, and every downloaded copy carries the Recipient's name and the date.",
      "7. Return. On the Discloser's request, or when the evaluation ends without a deal, the Recipient deletes or returns all copies.",
      "8. Term. The obligations last three years from acceptance. This agreement is governed by the law of the People's Republic of China.",
    ],
    'zh-CN': [
      '本展品资料室保密协议',
      '一、当事人。本协议由提供本展品的展商（"披露方"）与接受本协议的已登录 Pavilion 用户（"接收方"）订立。',
      '二、保密信息。本资料室中标注为保密的全部文件，以及从中获知的一切内容，均为披露方的保密信息。',
      '三、用途。接收方仅为评估受让或许可使用本展品之目的使用保密信息，不得用于其他任何目的。',
      '四、不披露。除为上述目的确需知悉、且负有不低于本协议保密义务的雇员和专业顾问外，接收方不得向任何人披露保密信息。',
      '五、例外。非因接收方过错已经或成为公开的信息、接收方此前已合法持有的信息，以及法律或法院要求披露的信息，不属于本协议所称保密信息。',
      '六、记录。每一次接受、查看和下载均记入披露方可查阅的防篡改访问日志，每份下载副本均带有接收方姓名和日期。',
      '七、返还。经披露方要求，或评估结束而未成交时，接收方应删除或返还全部副本。',
      '八、期限。本协议义务自接受之日起持续三年。本协议适用中华人民共和国法律。',
    ],
    'zh-HK': [
      '本展品資料室保密協議',
      '一、當事人。本協議由提供本展品的展商（「披露方」）與接受本協議的已登入 Pavilion 用戶（「接收方」）訂立。',
      '二、保密資料。本資料室中標示為保密的全部文件，以及從中獲知的一切內容，均為披露方的保密資料。',
      '三、用途。接收方僅為評估受讓或許可使用本展品之目的使用保密資料，不得用於其他任何目的。',
      '四、不披露。除為上述目的確需知悉、且負有不低於本協議保密義務的僱員和專業顧問外，接收方不得向任何人披露保密資料。',
      '五、例外。非因接收方過錯已經或成為公開的資料、接收方此前已合法持有的資料，以及法律或法院要求披露的資料，不屬於本協議所稱保密資料。',
      '六、記錄。每一次接受、查看和下載均記入披露方可查閱的防篡改存取日誌，每份下載副本均帶有接收方姓名和日期。',
      '七、交還。經披露方要求，或評估結束而未成交時，接收方應刪除或交還全部副本。',
      '八、期限。本協議義務自接受之日起持續三年。本協議適用中華人民共和國法律。',
    ],
  },
} as const;
