export interface MenuOptions {
  readonly items?: readonly string[];
}

export interface ToolbarOptions {
  readonly height?: number;
}

export abstract class Widget<Options> {
  static zIndex = 1;

  constructor(options: Options) {
    this.init(options);
  }

  protected abstract init(options: Options): void;
}

export class Menu extends Widget<MenuOptions> {
  declare items: string[];

  protected init(options: MenuOptions): void {
    this.items = [...(options.items ?? ['Open', 'Save'])];
  }
}

export class Toolbar extends Widget<ToolbarOptions> {
  declare height: number;
  declare buttons: string[];

  protected init(options: ToolbarOptions): void {
    if (options.height !== undefined) this.height = options.height;
  }

  add(button: string): void {
    if (!Object.hasOwn(this, 'buttons')) this.buttons = [];
    this.buttons.push(button);
  }
}

Toolbar.prototype.height = 32;
Toolbar.prototype.buttons = []; // still the trap: a toolbar shares this array until its first add()
