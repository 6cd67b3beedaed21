"""What English, Spanish and Portuguese truly share: their month names together
(`calendar`), and the shape of their time words and the pattern pieces all three time
grammars use (`timex`)."""
