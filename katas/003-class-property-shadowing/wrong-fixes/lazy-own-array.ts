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
    (this.buttons ??= []).push(button); // ??= reads first and finds the prototype's array
  }
}

Toolbar.prototype.height = 32;
Toolbar.prototype.buttons = []; // the trap: one array on the prototype, shared by every toolbar
