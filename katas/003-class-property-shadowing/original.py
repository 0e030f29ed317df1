class Widget:
    z_index = 1

    def __init__(self, options):
        self.init(options)

    def init(self, options):
        pass


class Menu(Widget):
    def __init__(self, options):
        super().__init__(options)
        self.items = []  # the trap: runs after the base __init__ has called init()

    def init(self, options):
        self.items = list(options.get("items", ["Open", "Save"]))


class Toolbar(Widget):
    height = 32
    buttons = []  # the trap: one list on the class, shared by every toolbar

    def init(self, options):
        if "height" in options:
            self.height = options["height"]

    def add(self, button):
        self.buttons.append(button)


menu = Menu({"items": ["Open", "Quit"]})
print(menu.items)

small = Toolbar({"height": 24})
plain = Toolbar({})
small.add("Bold")
print(small.height, plain.height, plain.buttons)

print(Widget.z_index, Menu.z_index, Toolbar.z_index)
Menu.z_index = 2
print(Widget.z_index, Menu.z_index, Toolbar.z_index)
Widget.z_index = 3
print(Widget.z_index, Menu.z_index, Toolbar.z_index)
