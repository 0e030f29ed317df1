def first_amount(fields):
    try:
        return int(fields[0])
    except ValueError or IndexError:
        return None


print(first_amount(["12"]))
print(first_amount(["twelve"]))
print(ValueError or IndexError)
try:
    first_amount([])
except IndexError as error:
    print("escaped:", repr(error))

python2 = "try:\n    pass\nexcept ValueError, IndexError:\n    pass\n"
try:
    compile(python2, "<python 2>", "exec")
except SyntaxError as error:
    print("SyntaxError:", error.msg)
