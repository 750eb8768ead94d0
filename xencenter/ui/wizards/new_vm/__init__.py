"""The New VM wizard's pages (widgets over core.wizard.new_vm's PageLogics) and `open_new_vm`."""
