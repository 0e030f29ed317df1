import { Menu, Toolbar } from './broken.ts';

const menu = new Menu({ items: ['Open', 'Quit'] });
console.log(menu.items);

const small = new Toolbar({ height: 24 });
const plain = new Toolbar({});
small.add('Bold');
console.log(small.height, plain.height, plain.buttons);
