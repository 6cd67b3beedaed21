"""What English, Spanish and Portuguese truly share: their month names together
(`calendar`), the shape of their time words and the pattern pieces all three time
grammars use (`timex`), and the lower-case letters their words are written with
(`letters`)."""
