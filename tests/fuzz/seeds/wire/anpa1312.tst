z1234-----
r z BC-FERRY--Harbour   01-02 0300
^BC-FERRY--Harbour,200<
^Ferry returns to the harbour<
^Eds: Moves on general news.<
^By ANNA KALL=
^Associated Writer=
	   PORTSMOUTH (AP) _ The ferry returns to the harbour on Monday. 
	   ``We missed it,'' a passenger said. 
	   NEXT WEEK 
	   Fares stay the same. 

AP-WF-01-02-16 0300GMT<

