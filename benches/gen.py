#!/usr/bin/env python3
"""Writes N users as CSV: gen.py N (hash|plain) > file.csv"""
import sys
n, kind = int(sys.argv[1]), sys.argv[2]
HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0HR1Ar0eHm3aYpwRRTo0vVfo0d3bVw3S6uoSk0ZcQwI"
w = sys.stdout.write
w("username,email,name,role,status," + ("password_hash" if kind == "hash" else "password") + "\n")
for i in range(n):
    secret = f"\"{HASH}\"" if kind == "hash" else f"amber {i:07d} lantern drifting north slowly"
    w(f"user{i:07d},user{i:07d}@example.com,User Number {i},user,active,{secret}\n")
