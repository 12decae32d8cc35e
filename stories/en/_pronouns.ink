// Pronouns for the loved one in English; `pronoun` is she | he | they.
// Verb helpers keep agreement right: "{They()} turn{s()} away", "{they()} {are()} tired".

=== function they()
{ pronoun:
- "she": ~ return "she"
- "he": ~ return "he"
- else: ~ return "they"
}

=== function They()
{ pronoun:
- "she": ~ return "She"
- "he": ~ return "He"
- else: ~ return "They"
}

=== function them()
{ pronoun:
- "she": ~ return "her"
- "he": ~ return "him"
- else: ~ return "them"
}

=== function their()
{ pronoun:
- "she": ~ return "her"
- "he": ~ return "his"
- else: ~ return "their"
}

=== function Their()
{ pronoun:
- "she": ~ return "Her"
- "he": ~ return "His"
- else: ~ return "Their"
}

=== function themself()
{ pronoun:
- "she": ~ return "herself"
- "he": ~ return "himself"
- else: ~ return "themself"
}

// third-person verb endings: walk{s()}, reach{es()}
=== function s()
{ pronoun == "they": 
    ~ return ""
}
~ return "s"

=== function es()
{ pronoun == "they":
    ~ return ""
}
~ return "es"

=== function are()
{ pronoun == "they":
    ~ return "are"
}
~ return "is"

=== function have()
{ pronoun == "they":
    ~ return "have"
}
~ return "has"

=== function were()
{ pronoun == "they":
    ~ return "were"
}
~ return "was"

=== function does()
{ pronoun == "they":
    ~ return "do"
}
~ return "does"
