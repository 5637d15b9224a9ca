# unicode special casing: titlecase digraphs, dotted I, final sigma, ligatures, Greek
words = ["ǅungla", "ﬁnance", "İstanbul", "ΣΑΣ", "αβγ ΑΒΓ", "ΌΣΟΣ", "ŉ", "ﬀ", "ǰ"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print("Σ".lower(), "ΌΣΟΣ".lower(), "σς".upper(), "ΑΣ ΑΣ.".lower())
print("ŉ".upper(), "ǰ".upper(), len("ŉ".upper()), "ﬀ".upper(), len("İ".lower()))
print("dž".title(), "Dž".upper(), "DŽ".lower(), "dž".capitalize(), "Dž".istitle())
print("ẞ".lower(), "ß".title(), "ßa".capitalize(), "ﬁ".title())
print("Ωmega".swapcase(), "ω".upper(), "ΐ".upper(), len("ΐ".upper()))
print("кириллица".upper(), "ПРИВЕТ".lower(), "мир".title())
print("ǈ".isupper(), "ǈ".islower(), "ǈ".istitle(), "ǈ".upper(), "ǈ".lower())
print("ｆｕｌｌ".upper(), "Ⅻ".lower(), "ⓐ".upper())
greek = "Καλημέρα κόσμε"
print(greek.upper(), greek.lower(), greek.title(), greek.swapcase(), len(greek.upper()))
print("ΣΊΣΥΦΟΣ".lower(), "ΣΊΣΥΦΟΣ".capitalize(), "σίσυφος".upper(), "Σ.Σ".lower(), "AΣ1".lower())
words = ["Straße", "STRASSE", "straße", "Strasse"]
print([w.casefold() for w in words], len(set(w.casefold() for w in words)), len(set(w.lower() for w in words)))
print(sorted(words, key=str.casefold), "ﬃ".upper(), "ﬃ".casefold(), len("ﬃ".upper()))
print("İ".lower() == "i\u0307", "i\u0307".upper(), "ı".upper(), "I".lower(), "K".lower(), "Å".lower())
print("ǳ".upper(), "ǳ".title(), "ǲ".lower(), "ǲ".upper(), "ǲ".swapcase())
print([c.isupper() for c in "AΣЖǅǄ"], [c.islower() for c in "aσжǆß"], "ǅ".isupper(), "ǅ".islower())
print("ÉCOLE ÉTÉ".lower().title(), "élan vital".title(), "ñandú".upper(), "ÇA".lower())
