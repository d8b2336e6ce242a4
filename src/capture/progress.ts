// A one-line progress bar for digests of large data, drawn on a terminal's stderr only.

const MIN_BYTES = 64 * 2 ** 20;

export function progressBar(write: (text: string) => void, label: string): (done: number, total: number) => void {
  let lastDraw = 0;
  let finished = false;
  return (done, total) => {
    if (total < MIN_BYTES || finished) return;
    const now = Date.now();
    if (done < total && now - lastDraw < 100) return;
    lastDraw = now;
    const width = 30;
    const filled = Math.round((done / total) * width);
    const pct = ((done / total) * 100).toFixed(0).padStart(3);
    const mib = (n: number) => (n / 2 ** 20).toFixed(0);
    write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct}% ${mib(done)}/${mib(total)} MiB`);
    if (done >= total) {
      finished = true;
      write('\n');
    }
  };
}
