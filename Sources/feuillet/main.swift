import FeuilletCLI

Feuillet.main()
