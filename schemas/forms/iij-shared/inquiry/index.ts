/**
 * What the two IIJ inquiry formats of seed 000 (ログイン / ログイン以外) share: the header, items
 * (1)–(7), and the items both have under different numbers (Microsoft 365, gateway/proxy,
 * screenshots, directory sync). Item texts are the seed's, character for character; the seed
 * prints the format on one line, here each item is on its own line with its sub-parts below.
 */
export * from './options';
export * from './schema';
export * from './fields';
export * from './defaults';
export * from './rules';
export * from './render';
export * from './items';
