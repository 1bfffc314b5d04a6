help
help load
help data
help gen
