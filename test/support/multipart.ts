import { randomBytes } from 'node:crypto';

export interface MultipartFile {
  fileName: string;
  contentType: string;
  data: Buffer | string;
  /** The form field; "file" unless told. */
  field?: string;
}

/** A multipart/form-data body with one file, as a browser's form sends it. */
export function multipartBody(file: MultipartFile): { payload: Buffer; contentType: string } {
  const boundary = `----stadtdialog${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.fileName}"\r\nContent-Type: ${file.contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, Buffer.isBuffer(file.data) ? file.data : Buffer.from(file.data), tail]), contentType: `multipart/form-data; boundary=${boundary}` };
}
