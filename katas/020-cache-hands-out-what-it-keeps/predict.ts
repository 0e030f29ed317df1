import { cachedHolidays } from './broken.ts';

const holidaysIn = cachedHolidays((year) => [
  { date: `${year}-01-01`, name: "New Year's Day", regions: [] },
  { date: `${year}-12-25`, name: 'Christmas Day', regions: [] },
]);

const forTheOffice = holidaysIn(2025);
forTheOffice.push({ date: '2025-12-31', name: 'Office closed', regions: ['HQ'] });

const forPayroll = holidaysIn(2025);
console.log(forPayroll.length, forPayroll === forTheOffice);
console.log(forPayroll.map((holiday) => holiday.name));
