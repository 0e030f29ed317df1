import { addTag, Client, requestOptions, routeTags } from './broken.ts';

console.log(addTag('a'));
console.log(addTag('b'));
console.log(routeTags('/users'));
console.log(routeTags('/orders'));
console.log(requestOptions('s3cret').headers);
console.log(requestOptions().headers);
new Client().use('auth');
console.log(new Client().plugins);
