"""Controllers: connect the window's actions to services through the ActionRunner; no layout here."""
