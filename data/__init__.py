"""The bundled data files (actor dictionary, roles, titles, relation taxonomy, trigger lexicon, frames, seed
articles). Installed as the package `graph.data`, so an installed actornet reads them with importlib.resources."""
