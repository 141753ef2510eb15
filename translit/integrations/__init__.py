"""translit where its users work: a spaCy component, batch checking on processes or a Dask
cluster, and a local web page.  Each module imports its own optional dependency (the extras
``spacy``, ``dask``, ``web``); nothing below this package imports any of them."""
