/**
 * A file size as readers expect to see it next to a download link: "85 KB", "1.2 MB"
 * (1 KB = 1024 bytes, as file managers show it).
 */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
