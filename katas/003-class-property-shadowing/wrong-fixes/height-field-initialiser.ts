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
  height = 32; // still the trap: a field with an initialiser, defined after init() has set the height
  buttons: string[] = [];

  protected init(options: ToolbarOptions): void {
    if (options.height !== undefined) this.height = options.height;
  }

  add(button: string): void {
    this.buttons.push(button);
  }
}
