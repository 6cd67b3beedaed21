from factline.cli import main

main()
