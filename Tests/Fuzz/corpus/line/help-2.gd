help show
help reset
help save
help source
help record
help time
help echo
help help
help quit
help exit
help stpe
help step batch
