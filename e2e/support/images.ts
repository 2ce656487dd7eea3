// Test images made on the fly, so no binary fixtures live in the repo.
import sharp from "sharp";

export async function jpegPhoto(width = 640, height = 480): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 200 } } })
    .jpeg({ quality: 80 })
    .toBuffer();
}
