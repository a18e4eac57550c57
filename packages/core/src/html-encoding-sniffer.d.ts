// html-encoding-sniffer ships no types; this is its documented signature (v4).
declare module 'html-encoding-sniffer' {
  /** The WHATWG encoding sniffing algorithm: BOM, then the transport label, then a <meta> prescan. */
  export default function htmlEncodingSniffer(
    bytes: Uint8Array,
    options?: { transportLayerEncodingLabel?: string; defaultEncoding?: string },
  ): string;
}
