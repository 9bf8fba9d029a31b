from careerbot.web.server import main

main()
