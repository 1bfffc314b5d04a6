gen 50 w=2 noise=0.5 seed=7
save data pts.csv
load pts.csv
load pts.csv x=1 y=0
save history h.csv
record r.gdt
step sgd
record stop
source r.gdt
echo "save data p2.csv"
source pts.csv
load x=a.npy y=b.npy
save data pts.csv
save data pts.csv force
