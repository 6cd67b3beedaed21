"""What a built run is written as: dossier.json, the SQLite store (with its full-text
index), the HTML report, the HTTP server over a built folder, and exports.

Outputs read the model (and a built store); they never import a stage.
"""
