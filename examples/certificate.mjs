// A self-signed certificate for 127.0.0.1, made when an example starts: an API that https pages
// call must be https itself (browsers block plain http from them as mixed content).
import { generate } from 'selfsigned';

export async function certificate() {
  const { private: key, cert } = await generate([{ name: 'commonName', value: '127.0.0.1' }], { keyType: 'ec', curve: 'P-256', algorithm: 'sha256' });
  return { key, cert };
}
