from backend_sim.cli import main

raise SystemExit(main())
