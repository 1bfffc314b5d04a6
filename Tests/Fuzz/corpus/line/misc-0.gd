echo hello,   world
echo "spaces   kept; and # too"
print also print
set w 0.3; show w; step batch; show w
# a comment alone
show w   # a comment after a command
reset
show
time step batch
set timer on
step batch
set timer off
quit
