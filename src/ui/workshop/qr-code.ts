// The join address as a QR code, drawn as SVG squares (no HTML strings, no network).
import QRCode from 'qrcode';
import { svg } from '../dom.ts';

export function qrCode(text: string, label: string): SVGElement {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  const quiet = 4;
  const cells: string[] = [];
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) if (modules.get(row, col)) cells.push(`M${col + quiet} ${row + quiet}h1v1h-1z`);
  }
  const total = size + quiet * 2;
  return svg(
    'svg',
    { viewBox: `0 0 ${total} ${total}`, class: 'qr-code', role: 'img', 'aria-label': label, 'shape-rendering': 'crispEdges' },
    svg('rect', { width: total, height: total, fill: '#ffffff' }),
    svg('path', { d: cells.join(''), fill: '#000000' }),
  );
}
