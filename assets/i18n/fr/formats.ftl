## How this language writes dates and numbers.

# The order of a date: DD the day, MM the month, YYYY the year, with the marks between.
format-date = DD/MM/YYYY
# The mark before the decimals of a number.
format-decimal = ,
# The mark between groups of three digits.
format-group = {"\u202F"}
# From how many digits a whole number is grouped (4: 1,234).
format-group-from = 4

# A list in a sentence: $first is the items but the last, joined with the separator
# below and a space; $last the last item ("A, B and C").
format-list-and = { $first } et { $last }
format-list-separator = ,
# The mark between the items of a list joined with semicolons (the controls of ISO/IEC
# 27002), followed by a space.
format-list-semicolon = {"\u202F"};
