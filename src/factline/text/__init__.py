"""Language-independent text tools shared by the stages: scripts and character ranges
(`script`), sentences, lines and their features, dates as page headers write them,
Traditional/Simplified conversion, and multilingual sentence vectors.

May import the model and `lang/`; never a stage.
"""
