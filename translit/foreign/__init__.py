"""Foreign names of Latin spelling (Spanish, French, English, Arabic and Persian names as the
press writes them) in DPRK Hangul: their Latin readings (:mod:`.reading`) and their South Korean
form (:mod:`.south`)."""
