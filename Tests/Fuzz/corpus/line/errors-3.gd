save history
source
source missing.gd
echo "unterminated
help nothing
time
time time step batch
record stop
show
