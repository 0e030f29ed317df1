import { book, emptyWeek } from './broken.ts';

const week = emptyWeek();
book(week, 0, 10);
console.log(week);
book(week, 1, 20);
console.log(week);
week.push([30]);
console.log(week);
