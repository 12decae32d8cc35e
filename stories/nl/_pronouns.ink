// Voornaamwoorden voor de geliefde in het Nederlands; `pronoun` is she | he | they.
// onderwerp: zij/hij/die, voorwerp: haar/hem/hen, bezit: haar/zijn/hun.
// Werkwoorden hoeven niet mee te veranderen: "die loopt" zoals "zij loopt".

=== function onderwerp()
{ pronoun:
- "she": ~ return "ze"
- "he": ~ return "hij"
- else: ~ return "die"
}

=== function Onderwerp()
{ pronoun:
- "she": ~ return "Ze"
- "he": ~ return "Hij"
- else: ~ return "Die"
}

=== function voorwerp()
{ pronoun:
- "she": ~ return "haar"
- "he": ~ return "hem"
- else: ~ return "hen"
}

=== function bezit()
{ pronoun:
- "she": ~ return "haar"
- "he": ~ return "zijn"
- else: ~ return "hun"
}

=== function Bezit()
{ pronoun:
- "she": ~ return "Haar"
- "he": ~ return "Zijn"
- else: ~ return "Hun"
}

=== function zichzelf()
~ return "zichzelf"
