import { groupByCustomer, TagIndex } from './broken.ts';

const byCustomer = groupByCustomer([
  { id: 'o1', customer: 'ada', cents: 1200 },
  { id: 'o2', customer: 'bob', cents: 450 },
  { id: 'o3', customer: 'ada', cents: 300 },
]);
console.log(byCustomer.size, byCustomer.get('ada')?.length);

const index = new TagIndex();
index.add('o1', ['gift', 'rush']);
console.log(index.idsTagged('gift'));
