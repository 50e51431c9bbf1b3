import QRCode from "qrcode";

/** The QR code as an SVG string, drawn on the server: no script and no image request needed. */
export async function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}
