# Nested dicts: a tiny in-memory database
db = {}

def insert(table, row):
    t = db.setdefault(table, {"rows": [], "next_id": 1})
    row = dict(row, id=t["next_id"])
    t["next_id"] += 1
    t["rows"].append(row)
    return row["id"]

def select(table, where=None, order_by=None):
    rows = db[table]["rows"]
    if where:
        rows = [r for r in rows if all(r.get(k) == v for k, v in where.items())]
    if order_by:
        rows = sorted(rows, key=lambda r: r[order_by])
    return rows

insert("users", {"name": "ann", "city": "Oslo"})
insert("users", {"name": "bob", "city": "Rome"})
insert("users", {"name": "cid", "city": "Oslo"})
insert("orders", {"user": 1, "amount": 30})
insert("orders", {"user": 3, "amount": 12})
insert("orders", {"user": 1, "amount": 8})
print(select("users", {"city": "Oslo"}))
print(select("orders", order_by="amount"))
totals = {}
for o in select("orders"):
    totals[o["user"]] = totals.get(o["user"], 0) + o["amount"]
names = {u["id"]: u["name"] for u in select("users")}
print({names[k]: v for k, v in totals.items()})
print(sorted(db), {k: v["next_id"] for k, v in db.items()})
import copy
snapshot = copy.deepcopy(db)
db["users"]["rows"][0]["name"] = "ANN"
print(snapshot["users"]["rows"][0]["name"], db["users"]["rows"][0]["name"])
shallow = copy.copy(db)
print(shallow["users"] is db["users"])
print(select("products"))
