class Card:
    ORDER = "23456789TJQKA"
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __eq__(self, other):
        return (self.rank, self.suit) == (other.rank, other.suit)
    def __lt__(self, other):
        return self.ORDER.index(self.rank) < self.ORDER.index(other.rank)
    def __hash__(self):
        return hash((self.rank, self.suit))
    def __repr__(self):
        return self.rank + self.suit
hand = [Card("K", "h"), Card("2", "s"), Card("T", "d"), Card("A", "c")]
print(sorted(hand), max(hand), min(hand), Card("K", "h") in hand)
print(len({Card("2", "s"), Card("2", "s"), Card("3", "s")}), Card("A", "c") == Card("A", "c"))
