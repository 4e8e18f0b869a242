/** SAML bindings' transport encodings, undone offline with the browser's own primitives. */

function base64ToBytes(value: string): Uint8Array {
  const clean = value.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(clean);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function inflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * A SAML message as XML text. The HTTP-Redirect binding deflates before base64; the POST
 * binding does not. Some SPs deflate POSTed requests too, so inflating is tried whenever the
 * plain bytes are not XML.
 */
export async function decodeSamlMessage(value: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(value);
  } catch {
    throw new Error('base64');
  }
  const plain = new TextDecoder().decode(bytes);
  if (plain.trimStart().startsWith('<')) return plain;
  const inflated = new TextDecoder().decode(await inflateRaw(bytes));
  if (!inflated.trimStart().startsWith('<')) throw new Error('not xml');
  return inflated;
}
