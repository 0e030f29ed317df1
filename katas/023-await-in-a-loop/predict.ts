import { downloadAll } from './broken.ts';

const photos = Array.from({ length: 12 }, (_, i) => `https://cdn.example/photos/${i + 1}.jpg`);
let started = 0;
const downloads = downloadAll(photos, (url) => {
  started += 1;
  return Promise.resolve(`image of ${url}`);
});
console.log(`${started} of ${photos.length} downloads started`);
void downloads;
