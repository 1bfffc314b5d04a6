show history
